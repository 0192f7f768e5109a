using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Http;

namespace Ouroboros.Brokers.Kis.Overseas;

/// <summary>placeholder</summary>
public sealed partial class KisOverseasApi
{
    private readonly KisPipeline _pipeline;
    private readonly KisOptions _options;
    private readonly TimeProvider _time;
    private readonly KisClientSettings _settings;

    internal KisOverseasApi(KisPipeline pipeline, KisOptions options, TimeProvider time, KisClientSettings settings)
    {
        _pipeline = pipeline;
        _options = options;
        _time = time;
        _settings = settings;
    }
}
