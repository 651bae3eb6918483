using System.Text.Json.Serialization;

namespace TicBot.Cards.Actions;

/// <summary>
/// <see cref="CardActionNames.ChecklistSave"/>: <see cref="Items"/> are the ids of the items shown on the
/// page; once decoded, <see cref="Ticked"/> holds those whose toggle was on. <see cref="Goto"/> is the
/// page to show next (null: the same page).
/// </summary>
public sealed record ChecklistSaveData(string Checklist, int Page, IReadOnlyList<string> Items) : CardActionData
{
    private protected override string Name => CardActionNames.ChecklistSave;

    public int? Goto { get; init; }

    /// <summary>Filled by the decoder from the toggles' values; never written into the card.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Ticked { get; init; } = [];

    /// <summary>The id of the Input.Toggle of an item: the key of its value in the submitted data.</summary>
    public static string ToggleId(string itemId) => "tick." + itemId;
}
