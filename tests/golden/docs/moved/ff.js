factarchiveMoved.load("ff",{"united-nations":"articles/29/30-turkish-military-vehicles-enter-syrias-idlib#actor-united-nations"});
