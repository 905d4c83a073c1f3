factarchiveMoved.load("3c",{"syrians":"articles/29/30-turkish-military-vehicles-enter-syrias-idlib#actor-syrians"});
