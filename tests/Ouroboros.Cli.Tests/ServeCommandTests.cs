using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Ouroboros.TestKit;

namespace Ouroboros.Cli.Tests;

/// <summary>`ouroboros serve`: its help, and the start-up refusals a user can fix (bad port, busy port, an open bind without a token).</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_help_lists_port_host_and_the_journal()
    {
        var (code, stdout, _) = await InProcess.RunAsync("serve", "--help");
        code.ShouldBe(0);
        stdout.ShouldContain("--port");
        stdout.ShouldContain("default Web:Port, 8080");
        stdout.ShouldContain("--host");
        stdout.ShouldContain("default Web:Host, 127.0.0.1");
        stdout.ShouldContain("--db");
    }

    [Theory]
    [InlineData("70000")]
    [InlineData("0")]
    [InlineData("http")]
    public async Task A_bad_port_is_one_error_line_saying_what_is_allowed(string port)
    {
        var (code, _, stderr) = await InProcess.RunAsync("serve", "--port", port);
        code.ShouldBe(CliApp.ExitBadInput);
        stderr.ShouldContain("--port");
        stderr.ShouldContain("65535");
        stderr.ShouldNotContain("Exception");
    }

    [Fact]
    public async Task A_host_that_is_not_an_address_is_refused()
    {
        var (code, _, stderr) = await InProcess.RunAsync("serve", "--host", "my laptop");
        code.ShouldBe(CliApp.ExitBadInput);
        stderr.ShouldContain("--host 'my laptop' is not an IP address or localhost");
    }

    [Fact]
    public async Task An_open_bind_without_a_token_refuses_to_start_and_says_how_to_fix_it()
    {
        using var tmp = new TempDirectory(SqliteConnection.ClearAllPools);
        var db = tmp.File("journal.db");
        (await InProcess.RunAsync("risk", "status", "--db", db)).Code.ShouldBe(0);
        var (code, stdout, stderr) = await InProcess.RunAsync("serve", "--host", "0.0.0.0", "--db", db);
        code.ShouldBe(CliApp.ExitBadInput);
        stderr.ShouldContain("Web:Token");
        stderr.ShouldContain("127.0.0.1");
        stdout.ShouldNotContain("token=");
    }

    [Fact]
    public async Task A_busy_port_is_a_user_error_naming_the_port()
    {
        using var tmp = new TempDirectory(SqliteConnection.ClearAllPools);
        var db = tmp.File("journal.db");
        (await InProcess.RunAsync("risk", "status", "--db", db)).Code.ShouldBe(0);
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;
        var (code, _, stderr) = await InProcess.RunAsync("serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", db);
        code.ShouldBe(CliApp.ExitBadInput, stderr);
        stderr.ShouldContain($"cannot listen on 127.0.0.1:{port}");
        stderr.ShouldContain("--port");
    }

    [Fact]
    public async Task Serving_a_journal_that_does_not_exist_is_refused()
    {
        using var tmp = new TempDirectory();
        var (code, _, stderr) = await InProcess.RunAsync("serve", "--db", tmp.File("nothing.db"));
        code.ShouldBe(CliApp.ExitBadInput);
        stderr.ShouldContain("no journal at");
        File.Exists(tmp.File("nothing.db")).ShouldBeFalse();
    }
}
