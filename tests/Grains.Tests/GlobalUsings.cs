global using Recovery.Grains.Shared;
global using Xunit;
