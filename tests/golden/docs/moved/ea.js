factarchiveMoved.load("ea",{"recep-tayyip-erdogan":"articles/29/30-turkish-military-vehicles-enter-syrias-idlib#actor-recep-tayyip-erdogan"});
