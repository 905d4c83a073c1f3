factarchiveMoved.load("c0",{"syrian-observatory-for-human-rights":"articles/29/30-turkish-military-vehicles-enter-syrias-idlib#actor-syrian-observatory-for-human-rights"});
