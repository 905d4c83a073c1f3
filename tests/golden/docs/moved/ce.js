factarchiveMoved.load("ce",{"m4-highway":"articles/29/30-turkish-military-vehicles-enter-syrias-idlib#place-m4-highway"});
