factarchiveMoved.load("d7",{"bashar-al-assad":"articles/29/30-turkish-military-vehicles-enter-syrias-idlib#actor-bashar-al-assad"});
