using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Recovery.Api.GraphQL;
using Recovery.Grains.Shared;
using Recovery.Grains.Workshops;
using Recovery.Testing;
using Recovery.Testing.Workshops;

namespace Recovery.Api.Tests.Operations;

/// <summary>The Recovery meter and the GraphQL activity source report real work, in process, without any exporter.</summary>
public sealed class TelemetryTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_workshop_edit_is_counted_and_its_save_latency_recorded()
    {
        var room = await Rooms.OpenAsync(api.Server, api.Tokens["herning-tovholder"], "657", Ct);
        await using var editor = new RoomClient(api.Server.Address, api.Tokens["herning-tovholder"], room.Workshop);
        await editor.ConnectAsync(Ct);
        await editor.SettleAsync(editor.Revision, TimeSpan.FromSeconds(15), Ct);
        var measured = new ConcurrentQueue<(string Instrument, double Value)>();
        using var listener = Listen(measured);

        editor.Type(room.Item, ItemFields.Description, t => new TextOperationBuilder().Retain(t.Length).Insert("kaffe").Build());
        await editor.SettleAsync(editor.Revision, TimeSpan.FromSeconds(15), Ct);
        Assert.False(editor.HasUnsavedEdits);

        Assert.Contains(measured, m => m is { Instrument: "recovery.workshop.steps_sequenced", Value: 1 });
        Assert.Contains(measured, m => m is { Instrument: "recovery.workshop.save_latency", Value: >= 0 });
    }

    [Fact]
    public async Task Each_GraphQL_operation_gets_one_activity_with_its_name_and_type_and_none_of_its_variables()
    {
        var stopped = new ConcurrentQueue<Activity>();
        using var activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GraphQLTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(activities);
        var measured = new ConcurrentQueue<(string Instrument, double Value)>();
        using var meter = Listen(measured);
        var secret = $"Hemmelig-{Guid.NewGuid():N}";

        var first = await api.Client("herning-tovholder").GraphQLAsync(
            "query TelemetryProbeOne($code: String!) { municipality(code: $code) { name } }", new { code = secret }, ct: Ct);
        var second = await api.Client("herning-tovholder").GraphQLAsync(
            "query TelemetryProbeTwo($code: String!) { municipality(code: $code) { name } }", new { code = "657" }, ct: Ct);
        Assert.True(second.Errors.Count == 0, second.ToString());

        var one = Assert.Single(stopped, a => Tag(a, GraphQLTelemetry.NameTag) == "TelemetryProbeOne");
        var two = Assert.Single(stopped, a => Tag(a, GraphQLTelemetry.NameTag) == "TelemetryProbeTwo");
        Assert.Equal("query", Tag(one, GraphQLTelemetry.TypeTag));
        Assert.Equal("OK", Tag(two, GraphQLTelemetry.OutcomeTag));
        Assert.Equal(first.Codes.FirstOrDefault() ?? "OK", Tag(one, GraphQLTelemetry.OutcomeTag));
        foreach (var activity in new[] { one, two })
        {
            Assert.DoesNotContain(secret, activity.DisplayName);
            Assert.DoesNotContain(activity.TagObjects, t => $"{t.Value}".Contains(secret) || $"{t.Value}".Contains("municipality"));
        }
        Assert.True(measured.Count(m => m.Instrument == "recovery.graphql.operations") >= 2);
    }

    [Fact]
    public async Task Naming_an_exporter_switches_tracing_and_metrics_on_and_the_server_keeps_answering()
    {
        // Nothing listens on the endpoint: export fails in the background, and must not hurt requests.
        await using var server = await RecoveryServer.StartAsync(demo: false, settings: new Dictionary<string, string>
        {
            ["Recovery:Telemetry:Otlp:Endpoint"] = $"http://127.0.0.1:{FreePorts.Next()}",
            ["Recovery:Telemetry:OrleansTracing"] = "true",
        });
        Assert.NotNull(server.Services.GetService<TracerProvider>());
        Assert.NotNull(server.Services.GetService<MeterProvider>());
        using var http = server.Http();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health", Ct)).StatusCode);
        var answer = await http.GraphQLAsync("query { __typename }", new { }, ct: Ct);
        Assert.True(answer.Errors.Count == 0, answer.ToString());
        await using var plain = await RecoveryServer.StartAsync(demo: false);
        Assert.Null(plain.Services.GetService<TracerProvider>());
    }

    private static string? Tag(Activity activity, string name) => activity.GetTagItem(name) as string;

    private static MeterListener Listen(ConcurrentQueue<(string Instrument, double Value)> measured)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == RecoveryMetrics.MeterName) l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => measured.Enqueue((instrument.Name, value)));
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => measured.Enqueue((instrument.Name, value)));
        listener.Start();
        return listener;
    }
}
