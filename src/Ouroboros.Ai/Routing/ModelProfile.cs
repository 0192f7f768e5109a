using Ouroboros.Core.Language;
using Ouroboros.Ai.Providers;

namespace Ouroboros.Ai.Routing;

/// <summary>How capable (and costly) a profile is: deep reasoning, quick and cheap, or a local model.</summary>
public enum ModelTier
{
    Deep,
    Quick,
    Local,
}

/// <summary>A named, configured model that routes refer to, e.g. "gemini-flash" → Gemini gemini-2.5-flash, quick tier.</summary>
public sealed record ModelProfile(string Name, ModelTier Tier, IChatModel Model)
{
    public string Provider => Model.Provider;
}
