using Ouroboros.Core.Errors;

namespace Ouroboros.Application.Backtests;

/// <summary>Expands the data inputs: files as given, directories to their *.csv files in name order.</summary>
public static class DataFiles
{
    public static IReadOnlyList<string> Expand(IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Count == 0) throw new InvalidInputException("data", "no data given; pass «data» FILE (a CSV) or «data» DIR (a folder of CSVs)");
        var files = new List<string>();
        foreach (var a in arguments)
        {
            if (Directory.Exists(a))
            {
                var csvs = Directory.GetFiles(a, "*.csv").Order(StringComparer.Ordinal).ToArray();
                if (csvs.Length == 0) throw new DataProblemException("data", $"data folder '{a}' has no .csv files");
                files.AddRange(csvs);
            }
            else if (File.Exists(a)) files.Add(a);
            else throw new DataProblemException("data", $"data file '{a}' does not exist (run from the repository root, or give a full path)");
        }
        return files;
    }
}
