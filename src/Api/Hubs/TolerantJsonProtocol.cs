using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Options;

namespace Recovery.Api.Hubs;

/// <summary>
/// SignalR's JSON hub protocol, except that a whole message of a type it does not know is read as a ping.
/// The protocol skips such a message (room for later versions) by answering "no message yet"; with a
/// message-size limit set, the connection's reader then stays in front of it and every later message on
/// that connection waits forever. Found by the hostile-input battery with <c>{"type":0}</c>.
/// </summary>
internal sealed class TolerantJsonProtocol(IOptions<JsonHubProtocolOptions> options) : IHubProtocol
{
    private readonly JsonHubProtocol json = new(options);

    public string Name => json.Name;
    public int Version => json.Version;
    public TransferFormat TransferFormat => json.TransferFormat;

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
    {
        var start = input.Start;
        if (json.TryParseMessage(ref input, binder, out message)) return true;
        // Nothing consumed: the message is not complete yet. Consumed but no message: one of an unknown type.
        if (input.Start.Equals(start)) return false;
        message = PingMessage.Instance;
        return true;
    }

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => json.WriteMessage(message, output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => json.GetMessageBytes(message);

    public bool IsVersionSupported(int version) => json.IsVersionSupported(version);
}
