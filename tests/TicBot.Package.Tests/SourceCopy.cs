using System.Text.Json.Nodes;
using TicBot.TestSupport.Package;

namespace TicBot.Package.Tests;

/// <summary>A copy of <c>manifest/</c> in a temporary folder, to change one thing in it.</summary>
internal sealed class SourceCopy : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ticbot-manifest-");

    public SourceCopy()
    {
        foreach (var file in Directory.EnumerateFiles(SamplePackage.ManifestFolder))
        {
            File.Copy(file, Path.Combine(_folder.FullName, Path.GetFileName(file)));
        }
    }

    public string Folder => _folder.FullName;

    /// <summary>Changes a JSON source file and writes it back.</summary>
    public void Change(string file, Action<JsonObject> change)
    {
        var path = Path.Combine(Folder, file);
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        change(json);
        File.WriteAllText(path, json.ToJsonString());
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
