using System.Text.Json;
using TicBot.Cards.Actions;
using TicBot.Cards.Serialization;
using TicBot.Methodology.Content;

namespace TicBot.Cards.Tests.Actions;

public sealed class CardActionDataTests
{
    public static TheoryData<CardActionData> Payloads() =>
    [
        new MenuShowData(),
        new MenuOpenData(MenuEntry.Scenarios),
        new ChecklistShowData("checklist.security", 1),
        new ChecklistWhyData("security.mfa"),
        new ReminderDoneData("rem-1"),
        new ReminderSnoozeData("rem-1"),
        new ReminderStopData("rem-1"),
        new PlanShowData(2),
        new ProjectSummaryData(),
        new ProjectSummaryData { Project = "pk3v9d2mxq7ab" },
        new ChecklistShowData("checklist.security", 0) { Project = "p1", Place = "teams|19:abc@thread.tacv2" },
        new ProjectsShowData(true, 2),
        new ProjectManageData(ProjectOperation.Transfer) { Project = "p2" },
        new ProjectManageData(ProjectOperation.New),
        new QuestionAnswerData("oui"),
        new QuestionAnswerData(),
    ];

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static JsonElement Serialize(CardActionData data) => JsonSerializer.SerializeToElement(data, CardJsonContext.Default.CardActionData);

    [Theory]
    [MemberData(nameof(Payloads))]
    public void TryDecode_WhatTheCardsWrite_GivesThePayloadBack(CardActionData payload)
    {
        var result = CardActionData.TryDecode(Serialize(payload));

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal(payload, result.Data);
    }

    [Fact]
    public void Serialize_Payload_WritesActionThenVersionFirst()
    {
        var json = JsonSerializer.Serialize(new ChecklistShowData("checklist.training", 0), CardJsonContext.Default.CardActionData);

        Assert.Equal("""{"action":"checklist.show","v":1,"checklist":"checklist.training","page":0}""", json);
    }

    [Fact]
    public void TryDecode_SubmitWithToggleValues_ListsTheTickedItems()
    {
        var value = Json("""
            {"action":"checklist.save","v":1,"checklist":"checklist.keysteps","page":0,"items":["a","b","c"],"goto":1,
             "tick.a":"true","tick.b":"false","tick.c":true,"comment":"ignored"}
            """);

        var result = CardActionData.TryDecode(value);

        Assert.True(result.Succeeded, result.Detail);
        var save = Assert.IsType<ChecklistSaveData>(result.Data);
        Assert.Equal(["a", "b", "c"], save.Items);
        Assert.Equal(["a", "c"], save.Ticked);
        Assert.Equal(1, save.Goto);
    }

    [Fact]
    public void TryDecode_ExecuteInvokeValue_ReadsVerbAndData()
    {
        var value = Json("""
            {"action":{"type":"Action.Execute","title":"Fait","verb":"reminder.done","data":{"action":"reminder.done","v":1,"reminder":"rem-9"}},"trigger":"manual"}
            """);

        var result = CardActionData.TryDecode(value);

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal(new ReminderDoneData("rem-9"), result.Data);
    }

    [Theory]
    [InlineData("[]", CardActionError.Malformed)]
    [InlineData("\"menu.show\"", CardActionError.Malformed)]
    [InlineData("{}", CardActionError.Malformed)]
    [InlineData("""{"action":42,"v":1}""", CardActionError.Malformed)]
    [InlineData("""{"action":"project.delete","v":1}""", CardActionError.Unknown)]
    [InlineData("""{"action":"refSubmit","n":42}""", CardActionError.Unknown)]
    [InlineData("""{"action":"menu.show"}""", CardActionError.Stale)]
    [InlineData("""{"action":"menu.show","v":0}""", CardActionError.Stale)]
    [InlineData("""{"action":"menu.show","v":2}""", CardActionError.Unknown)]
    [InlineData("""{"action":"menu.show","v":"1"}""", CardActionError.Malformed)]
    [InlineData("""{"action":"menu.show","v":1.5}""", CardActionError.Malformed)]
    [InlineData("""{"action":"menu.open","v":1,"entry":"admin"}""", CardActionError.Malformed)]
    [InlineData("""{"action":"menu.open","v":1}""", CardActionError.Malformed)]
    [InlineData("""{"action":"checklist.show","v":1,"checklist":"checklist.security"}""", CardActionError.Malformed)]
    [InlineData("""{"action":"checklist.show","v":1,"checklist":"checklist.security","page":-1}""", CardActionError.Malformed)]
    [InlineData("""{"action":"checklist.show","v":1,"checklist":"checklist.security","page":1000}""", CardActionError.Malformed)]
    [InlineData("""{"action":"checklist.show","v":1,"checklist":"../../etc/passwd","page":0}""", CardActionError.Malformed)]
    [InlineData("""{"action":"checklist.show","v":1,"checklist":"","page":0}""", CardActionError.Malformed)]
    [InlineData("""{"action":"checklist.save","v":1,"checklist":"c","page":0,"items":["a"]}""", CardActionError.Malformed)]
    [InlineData("""{"action":"checklist.save","v":1,"checklist":"c","page":0,"items":["a"],"tick.a":"yes"}""", CardActionError.Malformed)]
    [InlineData("""{"action":"checklist.save","v":1,"checklist":"c","page":0,"items":["a","a"],"tick.a":"true"}""", CardActionError.Malformed)]
    [InlineData("""{"action":"checklist.save","v":1,"checklist":"c","page":0,"items":"a","tick.a":"true"}""", CardActionError.Malformed)]
    [InlineData("""{"action":"checklist.save","v":1,"checklist":"c","page":0,"items":[],"goto":"next"}""", CardActionError.Malformed)]
    [InlineData("""{"action":"reminder.done","v":1,"reminder":"rem 1 <script>"}""", CardActionError.Malformed)]
    [InlineData("""{"action":"reminder.stop","v":1}""", CardActionError.Malformed)]
    [InlineData("""{"action":{"type":"Action.Execute","verb":"menu.show"}}""", CardActionError.Malformed)]
    [InlineData("""{"action":{"type":"Action.Execute","verb":"reminder.stop","data":{"action":"reminder.done","v":1,"reminder":"r"}}}""", CardActionError.Malformed)]
    [InlineData("""{"action":"project.summary","v":1,"p":"../users/29:alice"}""", CardActionError.Malformed)]
    [InlineData("""{"action":"project.summary","v":1,"p":"P1"}""", CardActionError.Malformed)]
    [InlineData("""{"action":"project.summary","v":1,"p":42}""", CardActionError.Malformed)]
    [InlineData("""{"action":"project.summary","v":1,"p":"p1","pl":"teams/19:abc"}""", CardActionError.Malformed)]
    [InlineData("""{"action":"project.summary","v":1,"p":"p1","pl":"teams|a|b"}""", CardActionError.Malformed)]
    [InlineData("""{"action":"project.summary","v":1,"p":"p1","pl":"teams|<script>"}""", CardActionError.Malformed)]
    [InlineData("""{"action":"project.manage","v":1,"op":"drop"}""", CardActionError.Malformed)]
    [InlineData("""{"action":"project.manage","v":1}""", CardActionError.Malformed)]
    [InlineData("""{"action":"projects.show","v":1,"archived":"yes","page":0}""", CardActionError.Malformed)]
    public void TryDecode_UnknownMalformedOrStale_IsRefusedWithAReason(string json, CardActionError expected)
    {
        var result = CardActionData.TryDecode(Json(json));

        Assert.False(result.Succeeded);
        Assert.Equal(expected, result.Error);
        Assert.False(string.IsNullOrWhiteSpace(result.Detail));
        Assert.False(string.IsNullOrWhiteSpace(result.UserMessage(ContentLanguage.French)));
    }

    [Fact]
    public void TryDecode_TooManyItems_IsRefused()
    {
        var ids = Enumerable.Range(0, 101).Select(i => $"\"i{i}\"");
        var result = CardActionData.TryDecode(Json($$"""{"action":"checklist.save","v":1,"checklist":"c","page":0,"items":[{{string.Join(",", ids)}}]}"""));

        Assert.Equal(CardActionError.Malformed, result.Error);
    }

    [Fact]
    public void UserMessage_Stale_AsksToReopenInTheUsersLanguage()
    {
        var result = CardActionData.TryDecode(Json("""{"action":"menu.show"}"""));

        Assert.Contains("plus à jour", result.UserMessage(ContentLanguage.French), StringComparison.Ordinal);
        Assert.Contains("out of date", result.UserMessage(ContentLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void UserMessage_Success_IsEmpty()
    {
        var result = CardActionData.TryDecode(Serialize(new MenuShowData()));

        Assert.Equal(string.Empty, result.UserMessage(ContentLanguage.English));
    }
}
