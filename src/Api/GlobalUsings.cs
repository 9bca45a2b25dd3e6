global using Orleans;
global using Recovery.Grains.Shared;
