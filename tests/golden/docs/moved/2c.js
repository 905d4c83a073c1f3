factarchiveMoved.load("2c",{"russia":"articles/29/30-turkish-military-vehicles-enter-syrias-idlib#actor-russia"});
