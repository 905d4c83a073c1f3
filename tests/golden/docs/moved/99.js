factarchiveMoved.load("99",{"nato":"articles/29/30-turkish-military-vehicles-enter-syrias-idlib#actor-nato"});
