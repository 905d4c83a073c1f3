factarchiveMoved.load("89",{"moscow":"articles/29/30-turkish-military-vehicles-enter-syrias-idlib#place-moscow"});
