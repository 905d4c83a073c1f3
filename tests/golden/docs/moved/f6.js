factarchiveMoved.load("f6",{"ariha":"articles/29/30-turkish-military-vehicles-enter-syrias-idlib#place-ariha"});
