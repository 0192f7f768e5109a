namespace Ouroboros.Indicators.Specs;

/// <summary>One positional parameter of an indicator spec, with its default and accepted range (inclusive).</summary>
public sealed record IndicatorParameter(string Name, double Default, bool WholeNumber, double Minimum, double Maximum)
{
    internal static IndicatorParameter Period(string name, int defaultValue) =>
        new(name, defaultValue, WholeNumber: true, Minimum: 1, Maximum: Internal.Require.MaxPeriod);
}
