using System.ComponentModel.DataAnnotations;

namespace TicBot.BotKit.Storage;

/// <summary>Settings of <see cref="FileStorage"/> (configuration section <c>Storage:File</c>).</summary>
public sealed class FileStorageOptions
{
    /// <value>The folder holding the documents; created if missing. Default <c>.ticbot-state</c> (relative to the working directory).</value>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = ".ticbot-state";
}
