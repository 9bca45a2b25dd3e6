[assembly: AssemblyFixture(typeof(Recovery.Testing.PostgresShutdown))]
