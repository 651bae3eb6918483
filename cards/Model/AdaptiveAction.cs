using System.Text.Json.Serialization;

namespace TicBot.Cards.Model;

/// <summary>An action button (schema <c>ImplementationsOf.Action</c>), serialised with its <c>type</c>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
public abstract record AdaptiveAction
{
    protected AdaptiveAction(string title) => Title = title;

    /// <summary>The button label; the validator refuses an empty one.</summary>
    [JsonPropertyOrder(-1)]
    public string Title { get; init; }

    [JsonPropertyOrder(-2)]
    public string? Id { get; init; }

    /// <summary>Positive or destructive look (needs 1.2); the title still says what the button does.</summary>
    public ActionStyle? Style { get; init; }
}
