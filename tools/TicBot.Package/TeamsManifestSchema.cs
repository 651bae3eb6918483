using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace TicBot.Package;

/// <summary>
/// The official Teams manifest schema, read from its file (never copied into the repository) and evaluated with
/// JsonSchema.Net. The schema declares draft-04 but uses <c>const</c> (draft 6) and, from 1.2x, <c>if</c>/<c>then</c>
/// (draft 7), and no keyword whose meaning draft 7 changed: it is evaluated as draft 7, which is what it is written in.
/// </summary>
public sealed class TeamsManifestSchema
{
    private readonly JsonSchema _schema;

    private TeamsManifestSchema(JsonSchema schema, string file)
    {
        _schema = schema;
        File = file;
    }

    /// <summary>The schema file read.</summary>
    public string File { get; }

    /// <exception cref="FileNotFoundException">No schema at <paramref name="file"/>.</exception>
    /// <exception cref="JsonException">The file is not JSON.</exception>
    public static TeamsManifestSchema Load(string file)
    {
        var root = JsonNode.Parse(System.IO.File.ReadAllText(file))!.AsObject();
        root["$schema"] = "http://json-schema.org/draft-07/schema#";
        var schema = JsonSchema.Build(JsonSerializer.SerializeToElement(root, PackageJsonContext.Default.JsonObject),
            new BuildOptions { Dialect = Dialect.Draft07, SchemaRegistry = new SchemaRegistry() }, new Uri("file://" + Path.GetFullPath(file)));
        return new TeamsManifestSchema(schema, file);
    }

    /// <summary>What the schema refuses in <paramref name="manifest"/>, one line per failing location; empty when valid.</summary>
    public IReadOnlyList<string> Check(JsonObject manifest, string label)
    {
        var results = _schema.Evaluate(JsonSerializer.SerializeToElement(manifest, PackageJsonContext.Default.JsonObject),
            new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        return [.. new[] { results }.Concat(results.Details ?? [])
            .Where(r => r.Errors is { Count: > 0 })
            .SelectMany(r => r.Errors!.Select(e => $"{label}: {Location(r)} {e.Key}: {e.Value} (schema {r.EvaluationPath})"))
            .Distinct()];
    }

    private static string Location(EvaluationResults result)
        => result.InstanceLocation.ToString() is { Length: > 0 } pointer ? pointer : "/";
}
