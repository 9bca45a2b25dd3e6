using Recovery.Silo;

SiloApp.Create(args).Run();

public partial class Program;
