using System.Text.Json.Serialization;
using System.Text.Json;

namespace TicBot.Cards.Actions;

/// <summary>
/// The small, versioned <c>data</c> payload of a card action:
/// <c>{"action":"checklist.save","v":1,…}</c>. Nothing in it is trusted: whoever handles it re-checks
/// that the sender may act on the project and that the action fits the project's current state.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "action")]
[JsonDerivedType(typeof(MenuShowData), CardActionNames.MenuShow)]
[JsonDerivedType(typeof(MenuOpenData), CardActionNames.MenuOpen)]
[JsonDerivedType(typeof(ChecklistShowData), CardActionNames.ChecklistShow)]
[JsonDerivedType(typeof(ChecklistSaveData), CardActionNames.ChecklistSave)]
[JsonDerivedType(typeof(ChecklistWhyData), CardActionNames.ChecklistWhy)]
[JsonDerivedType(typeof(ReminderDoneData), CardActionNames.ReminderDone)]
[JsonDerivedType(typeof(ReminderSnoozeData), CardActionNames.ReminderSnooze)]
[JsonDerivedType(typeof(ReminderStopData), CardActionNames.ReminderStop)]
[JsonDerivedType(typeof(ExpectationsShowData), CardActionNames.ExpectationsShow)]
[JsonDerivedType(typeof(PlanShowData), CardActionNames.PlanShow)]
[JsonDerivedType(typeof(ProjectSummaryData), CardActionNames.ProjectSummary)]
[JsonDerivedType(typeof(PromptChoiceData), CardActionNames.PromptChoice)]
[JsonDerivedType(typeof(QuestionAnswerData), CardActionNames.QuestionAnswer)]
[JsonDerivedType(typeof(ProjectsShowData), CardActionNames.ProjectsShow)]
[JsonDerivedType(typeof(ProjectManageData), CardActionNames.ProjectManage)]
public abstract record CardActionData
{
    /// <summary>The payload version written today; older ones are refused as stale.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The action name (<see cref="CardActionNames"/>), written as the <c>action</c> discriminator.</summary>
    [JsonIgnore]
    public string Action => Name;

    /// <summary>The action name; only this assembly defines payloads, so the decoder knows them all.</summary>
    private protected abstract string Name { get; }

    [JsonPropertyName("v")]
    [JsonPropertyOrder(-1)]
    public int PayloadVersion => CurrentVersion;

    /// <summary>
    /// The id of the project the card was drawn for (<c>p</c>): the action acts on that project, whatever project the
    /// member has switched to since. <value>Null on cards that act on no project, and on cards posted before projects
    /// had ids.</value> Written by <see cref="Serialization.ProjectStamp"/> when the card is sent.
    /// </summary>
    [JsonPropertyName(ProjectField)]
    public string? Project { get; init; }

    /// <summary>
    /// The place of that project (<c>pl</c>), for cards shown outside it (a team project's reminder in a personal
    /// chat). <value>Null: the project is in the conversation's own place.</value>
    /// </summary>
    [JsonPropertyName(PlaceField)]
    public string? Place { get; init; }

    /// <summary>The data field naming the project.</summary>
    public const string ProjectField = "p";

    /// <summary>The data field naming the project's place.</summary>
    public const string PlaceField = "pl";

    /// <summary>
    /// Reads a card action's payload: either an Action.Submit message <c>value</c> (data merged with the
    /// inputs) or an <c>adaptiveCard/action</c> invoke <c>value</c> (<c>{action:{type,verb,data}}</c>).
    /// Never throws: unknown, malformed or stale payloads give a failed result with a reason.
    /// </summary>
    public static CardActionDecodeResult TryDecode(JsonElement value) => CardActionDecoder.Decode(value);
}
