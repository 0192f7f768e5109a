using System.Net;
using System.Text.Json;

namespace Ouroboros.Brokers.Kis.Tests.FakeServer;

/// <summary>A /uapi answer as a test reads it: status, body, the tr_cont header and whether gt_uid came back.</summary>
internal sealed record KisAnswer(HttpStatusCode Status, JsonElement Body, string? TrCont, bool HasGtUid)
{
    public string RtCd => Text("rt_cd");

    public string MsgCd => Text("msg_cd");

    public string Msg1 => Text("msg1");

    public string Text(string name) => Body.TryGetProperty(name, out var v) ? v.GetString() ?? string.Empty : string.Empty;

    public JsonElement Output(string name = "output") => Body.GetProperty(name);

    public string Field(string output, string name) => Body.GetProperty(output).GetProperty(name).GetString()!;

    public int Rows(string output) => Body.GetProperty(output).GetArrayLength();

    public override string ToString() => $"{(int)Status} {Body}";
}
