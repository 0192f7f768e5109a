using Microsoft.Extensions.Logging;
using Ouroboros.Hosting.Configuration;
using Ouroboros.Storage.Sqlite;
using Ouroboros.Web.Security;

namespace Ouroboros.Web;

/// <summary>
/// What a web server is built from: the validated options (Web:* says where it listens), the journal it answers from
/// and its token. <see cref="Logging"/> adds log providers (none: silent); <see cref="Clock"/> replaces the system
/// clock (tests); <see cref="ControlPermitsPerMinute"/> is how many halt/resume/kill requests one address may make a minute.
/// </summary>
public sealed record WebServerSetup(OuroborosOptions Options, SqliteStoreOptions Store, AccessToken Token)
{
    public Action<ILoggingBuilder>? Logging { get; init; }
    public TimeProvider? Clock { get; init; }
    public int ControlPermitsPerMinute { get; init; } = 20;
}
