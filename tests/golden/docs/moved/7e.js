factarchiveMoved.load("7e",{"united-kingdom":"articles/29/30-turkish-military-vehicles-enter-syrias-idlib#actor-united-kingdom"});
