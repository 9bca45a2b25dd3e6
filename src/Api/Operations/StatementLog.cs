using Marten;
using Marten.Services;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Recovery.Api.Operations;

/// <summary>
/// Marten's log without parameter values: its default logger writes every parameter next to the
/// SQL, and those are names, free text and a workshop's guest code. The SQL text alone says which
/// statement ran or failed.
/// </summary>
internal sealed partial class StatementLog(ILogger logger) : IMartenLogger, IMartenSessionLogger
{
    public IMartenSessionLogger StartSession(IQuerySession session) => this;

    public void SchemaChange(string sql) => LogSchemaChange(sql);

    public void LogSuccess(NpgsqlCommand command) => LogExecuted(command.CommandText);

    public void LogSuccess(NpgsqlBatch batch)
    {
        foreach (var command in batch.BatchCommands) LogExecuted(command.CommandText);
    }

    public void LogFailure(NpgsqlCommand command, Exception ex) => LogFailed(ex, command.CommandText);

    public void LogFailure(NpgsqlBatch batch, Exception ex) => LogFailed(ex, string.Join(";\n", batch.BatchCommands.Cast<NpgsqlBatchCommand>().Select(c => c.CommandText)));

    public void LogFailure(Exception ex, string message) => LogFailed(ex, message);

    public void RecordSavedChanges(IDocumentSession session, IChangeSet commit) { }

    public void OnBeforeExecute(NpgsqlCommand command) { }

    public void OnBeforeExecute(NpgsqlBatch batch) { }

    [LoggerMessage(LogLevel.Information, "Marten changed the schema: {Sql}")]
    private partial void LogSchemaChange(string sql);

    [LoggerMessage(LogLevel.Debug, "Marten executed: {Sql}")]
    private partial void LogExecuted(string sql);

    [LoggerMessage(LogLevel.Error, "Marten failed executing: {Sql}")]
    private partial void LogFailed(Exception e, string sql);
}
