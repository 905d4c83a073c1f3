factarchiveMoved.load("43",{"united-states":"articles/29/30-turkish-military-vehicles-enter-syrias-idlib#actor-united-states"});
