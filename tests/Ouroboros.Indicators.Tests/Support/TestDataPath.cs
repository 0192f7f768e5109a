namespace Ouroboros.Indicators.Tests.Support;

internal static class TestDataPath
{
    public static string Of(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);
}
