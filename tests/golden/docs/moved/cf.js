factarchiveMoved.load("cf",{"turkey":"articles/29/30-turkish-military-vehicles-enter-syrias-idlib#actor-turkey"});
