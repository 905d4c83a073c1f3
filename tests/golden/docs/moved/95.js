factarchiveMoved.load("95",{"iran":"articles/29/30-turkish-military-vehicles-enter-syrias-idlib#actor-iran"});
