factarchiveMoved.load("0f",{"idlib":"articles/29/30-turkish-military-vehicles-enter-syrias-idlib#place-idlib"});
