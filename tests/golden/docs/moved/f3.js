factarchiveMoved.load("f3",{"syria":"articles/29/30-turkish-military-vehicles-enter-syrias-idlib#actor-syria"});
