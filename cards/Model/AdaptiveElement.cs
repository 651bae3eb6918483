using System.Text.Json.Serialization;

namespace TicBot.Cards.Model;

/// <summary>
/// An element of a card body (schema <c>ImplementationsOf.Element</c>), serialised with its <c>type</c>.
/// Only the elements of Adaptive Cards 1.5 that TicBot uses exist, so nothing newer can be expressed.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Table), "Table")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(InputText), "Input.Text")]
[JsonDerivedType(typeof(InputNumber), "Input.Number")]
[JsonDerivedType(typeof(InputDate), "Input.Date")]
[JsonDerivedType(typeof(InputTime), "Input.Time")]
[JsonDerivedType(typeof(InputToggle), "Input.Toggle")]
[JsonDerivedType(typeof(InputChoiceSet), "Input.ChoiceSet")]
public abstract record AdaptiveElement
{
    /// <summary>Unique in the card; required for inputs and for targets of Action.ToggleVisibility.</summary>
    [JsonPropertyOrder(-1)]
    public string? Id { get; init; }

    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }

    /// <summary>False hides the element until an Action.ToggleVisibility shows it (needs 1.2).</summary>
    public bool? IsVisible { get; init; }
}
