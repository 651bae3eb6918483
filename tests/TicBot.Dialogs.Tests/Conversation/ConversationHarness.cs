using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Localization;
using TicBot.BotKit.Schema;
using TicBot.BotKit.State;
using TicBot.BotKit.Storage;
using TicBot.BotKit.Testing;
using TicBot.Dialogs.Projects;
using TicBot.Methodology.Projects;

namespace TicBot.Dialogs.Tests.Conversation;

/// <summary>
/// The conversations wired as the bot wires them (dialogs, card actions, turn middleware) over one in-memory
/// store, so that several adapters (members, threads, restarts) can share it.
/// </summary>
internal sealed class ConversationHarness
{
    private readonly DelayAdvancingClock _clock = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));

    public ConversationHarness(IStorage? storage = null)
    {
        Storage = storage ?? new MemoryStorage();
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton(Storage)
            .AddSingleton(sp => new MemberConversationState(sp.GetRequiredService<IStorage>()))
            .AddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>()))
            .AddSingleton(sp => new UserState(sp.GetRequiredService<IStorage>()))
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddTicBotDialogs();
        Services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Time => _clock;

    public IStorage Storage { get; }

    /// <summary>
    /// Until disposed, every wait on the fake clock (a <c>Task.Delay</c>, such as the jittered pause before a turn is
    /// re-run) moves the clock forward by exactly that wait, at once. No real time passes and nothing races the
    /// turn: the same turns see the same clock on every run. Timeouts (a <c>CancellationTokenSource</c> on the clock)
    /// are not advanced.
    /// </summary>
    public IDisposable RunClock()
    {
        _clock.AdvanceOnDelay(true);
        return new ClockRunner(_clock);
    }

    private sealed class ClockRunner(DelayAdvancingClock clock) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                clock.AdvanceOnDelay(false);
            }
        }
    }

    /// <summary>A fake clock that, when asked, jumps by each delay's due time as soon as the delay starts.</summary>
    private sealed class DelayAdvancingClock(DateTimeOffset start) : FakeTimeProvider(start)
    {
        private int _runners;

        public void AdvanceOnDelay(bool on) => Interlocked.Add(ref _runners, on ? 1 : -1);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            // Task.Delay passes its own task as the timer's state (a CancellationTokenSource passes itself): only delays jump.
            if (Volatile.Read(ref _runners) > 0 && state is Task && dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
            {
                Advance(dueTime);
            }

            return timer;
        }
    }

    public ServiceProvider Services { get; }

    public TicBotConversation Conversation => Services.GetRequiredService<TicBotConversation>();

    /// <summary>An adapter for one member in one conversation, with the turn middleware the bot uses.</summary>
    public TestAdapter Adapter(ConversationReference? conversation = null, string locale = "fr-FR")
    {
        var adapter = new TestAdapter(conversation, Time) { Locale = locale };
        adapter.Use(new ConversationTurnMiddleware(
            [Services.GetRequiredService<MemberConversationState>(), Services.GetRequiredService<ConversationState>(), Services.GetRequiredService<UserState>()], Time));
        return adapter;
    }

    public TestFlow Flow(TestAdapter adapter) => new(adapter, TurnAsync);

    public Task TurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var language = LanguageResolver.Resolve(turnContext.Activity.Locale);
        return turnContext.Activity.Type == ActivityTypes.Invoke
            ? Conversation.OnCardInvokeAsync(turnContext, language, cancellationToken)
            : Conversation.OnMessageAsync(turnContext, language, cancellationToken);
    }

    /// <summary>The place's project: the one named, else its only (or most recently changed) one.</summary>
    public async Task<Project?> ProjectAsync(ProjectPlace place, CancellationToken cancellationToken, string? projectId = null)
    {
        var store = Services.GetRequiredService<ProjectStore>();
        return projectId is null
            ? (await store.ListAsync(place, cancellationToken)).FirstOrDefault()
            : (await store.FindAsync(place, projectId, cancellationToken)).Project;
    }

    /// <summary>Creates a project of the place directly, as if the creation dialog had run.</summary>
    public async Task<Project> CreateProjectAsync(ProjectPlace place, string ownerId, CancellationToken cancellationToken, string name = "Portail famille", string? id = null)
    {
        var project = Project.Create(id ?? ProjectIds.New(), name, new CollectiviteProfile(), new Actor(ownerId, "Claire"), Time.GetUtcNow());
        var (stored, _) = await Services.GetRequiredService<ProjectStore>().CreateAsync(place, project, cancellationToken);
        return stored.Project!;
    }

    /// <summary>Applies a change to a project directly (setting the scene of a test).</summary>
    public async Task UpdateProjectAsync(ProjectPlace place, string projectId, Func<Project, DateTimeOffset, bool> change, CancellationToken cancellationToken)
        => await Services.GetRequiredService<ProjectStore>().UpdateAsync(place, projectId, change, cancellationToken);

    public static ConversationReference Personal(string userId = "user-1") => new()
    {
        ChannelId = "msteams",
        ServiceUrl = "https://test.invalid/",
        User = new ChannelAccount { Id = userId, Name = "Claire Martin" },
        Bot = new ChannelAccount { Id = "28:bot", Name = "TicBot" },
        Conversation = new ConversationAccount { Id = "a:personal-" + userId, ConversationType = "personal" },
    };

    /// <summary>Every text of a card, in reading order, to assert on what a person reads.</summary>
    public static string CardText(Activity activity)
    {
        var texts = new List<string>();
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.Content is { } content)
            {
                Collect(content, texts);
            }
        }

        return string.Join(" | ", texts);
    }

    /// <summary><see cref="CardText"/> with its no-break spaces as plain spaces, as a person reads it.</summary>
    public static string PlainText(Activity activity) => CardText(activity).Replace('\u00A0', ' ').Replace('\u202F', ' ');

    public static JsonElement Card(Activity activity) => activity.Attachments![0].Content!.Value;

    private static void Collect(JsonElement element, List<string> texts)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name is "text" or "title" or "label" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        texts.Add(property.Value.GetString()!);
                    }
                    else
                    {
                        Collect(property.Value, texts);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, texts);
                }

                break;
        }
    }
}
