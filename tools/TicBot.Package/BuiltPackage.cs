using System.Text.Json.Nodes;

namespace TicBot.Package;

/// <summary>A built Teams app package: the zip's bytes and what it says.</summary>
/// <param name="Zip">The package, ready to upload (manifest, icons and localization files at the root).</param>
/// <param name="Manifest">The filled manifest, as zipped.</param>
/// <param name="SchemaFile">The schema the manifest (and its English version) passed, or null when the check was skipped.</param>
public sealed record BuiltPackage(byte[] Zip, JsonObject Manifest, string? SchemaFile);
