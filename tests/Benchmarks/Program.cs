using Recovery.Benchmarks.Activation;
using Recovery.Benchmarks.Country;
using Recovery.Benchmarks.Faults;
using Recovery.Benchmarks.Fuzz;
using Recovery.Benchmarks.InProcess;
using Recovery.Benchmarks.Live;
using Recovery.Benchmarks.Mutation;
using Recovery.Benchmarks.NationalConsole;
using Recovery.Benchmarks.Storm;

// dotnet run -c Release --project tests/Benchmarks -- <suite> [options]; see docs/benchmarks.md.
return args switch
{
    ["mutation", .. var rest] => await MutationSuite.Run(MutationOptions.Parse(rest)),
    ["live", .. var rest] => await LiveSuite.Run(LiveOptions.Parse(rest)),
    ["storm", .. var rest] => await StormSuite.Run(StormOptions.Parse(rest)),
    ["activation", .. var rest] => await ActivationSuite.Run(ActivationOptions.Parse(rest)),
    ["console", .. var rest] => await ConsoleSuite.Run(ConsoleOptions.Parse(rest)),
    ["country", .. var rest] => await CountrySuite.Run(CountryOptions.Parse(rest)),
    ["inprocess", .. var rest] => InProcessSuite.Run(rest),
    ["faults", .. var rest] => await FaultSuite.Run(FaultOptions.Parse(rest)),
    ["fuzz", .. var rest] => await FuzzSuite.Run(FuzzOptions.Parse(rest)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        Usage: dotnet run -c Release --project tests/Benchmarks -- <suite> [options]
          mutation   addPlanItem/editPlanItem round trip against its floor (bare HTTP POST + bare commit)
                     --clients 1,16   --ops N (per client; default: about 960 in all, within the 500-item plan cap)
                     --warmup N (rounds per client)   --repeat N (fresh Silo per run, pooled; default 3)
                     --seconds N (limit per run of a level)   --out docs/benchmarks.md
                     --parts (also time a no-grain GraphQL query and the grain call in-process)
                     --spread (each client on a steering group of its own, not all on 657's)
          live       one person's change to another's screen (mutation → grain → append → SignalR) against its floor
                     (bare POST + bare commit + bare SignalR group send)
                     --followers 1,20   --rounds N (measured, per run; default 300)   --warmup N (default 20)
                     --repeat N (fresh Silo per run, pooled; default 3)   --seconds N (limit per run)   --out docs/benchmarks.md
          storm      rooms of real SignalR clients typing into one shared text, against a bare room hub that only rebroadcasts
                     --levels typical,storm (typical: 10 rooms × 30 people × 1 keystroke/s; storm: 4 × 60 × 5)
                     --quick (2 × 5 × 2, 2 s warm-up, 5 s measured, one run; a smoke test, not for --out)
                     --warmup N (seconds, default 5)   --seconds N (measured, per run; default 20)
                     --repeat N (runs per level and side, pooled; default 2)   --out docs/benchmarks.md
          activation cold activation of a steering group and of a workshop with a long history (snapshot, and the longest also without)
                     against one with a short history
                     --events 10000,100000 (history lengths)   --floor N (the short history; default 20, below the snapshot interval)
                     --rounds N (measured; default 30)   --warmup N (rounds; default 3)   --batch N (events per Marten session
                     while writing the histories; default 1000)   --out docs/benchmarks.md
          console    the national console over a seeded country (98 municipalities) against its floors (bare SQL read of its
                     rows, bare GraphQL round trip)   --groups N (per municipality; default 10)   --rounds N (measured; default 300)
                     --warmup N (default 20)   --seconds N (limit on the rounds; default 300)
                     --seed-only (only time the seeding)   --out docs/benchmarks.md
          country    the whole country: two Silo processes, the country seeded, one open workshop per municipality of people
                     typing in bursts, against the bare room hub with the same crowd
                     --rooms 25,50,98 (room counts, one per municipality; default 98)   --participants N (per room; default 30)
                     --typing N (people typing at once per room, on average; default 3)   --groups N (per municipality; default 3)
                     --quick (3 rooms × 6, 3 s warm-up, 8 s measured; a smoke test, not for --out)
                     --warmup N (seconds, default 10)   --seconds N (measured, default 30)   --repeat N (runs per level and side; default 1)
                     --out docs/benchmarks.md
          faults     the fault scenarios of docs/reliability.md (kill -9 of a silo, PostgreSQL restart) on real silo processes;
                     exits 1 if any run lost, duplicated or diverged   --runs N (each both scenarios; default 20)
                     --clients N (default 40)   --seconds N (typing before the fault; default 5)
                     --per-cluster N (runs per fresh cluster; default 5)   --out docs/reliability.md   (./fault-scenarios.sh runs this)
          fuzz       hostile input against one Silo with demo data (docs/security.md): malformed GraphQL documents and SignalR
                     frames and operations; exits 1 on any server error, changed table or unhealthy server afterwards
                     --count N (each battery; default 100000)   --graphql N   --hub N   --seed N (default: random, printed)
                     --workers N (cases in flight per battery; default 8)   --out docs/security.md   (./fuzz.sh runs this)
          inprocess  BenchmarkDotNet: decider, fold and CPR check against a trivial baseline
                     --out docs/benchmarks.md   (other arguments go to BenchmarkDotNet, e.g. --filter *Fold*)
        """);
    return 2;
}
