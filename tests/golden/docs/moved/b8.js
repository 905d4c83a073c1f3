factarchiveMoved.load("b8",{"vladimir-putin":"articles/29/30-turkish-military-vehicles-enter-syrias-idlib#actor-vladimir-putin"});
