factarchiveMoved.load("84",{"saraqib":"articles/29/30-turkish-military-vehicles-enter-syrias-idlib#place-saraqib"});
