using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TicBot.BotKit.Proactive;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Tests.Proactive;

/// <summary>An outbox on a fake clock and a <see cref="RecordingConnector"/>, ticked by hand as its service would.</summary>
internal sealed class OutboxHarness
{
    public const string ServiceUrl = "https://smba.example.test/teams/";
    public const string Tenant = "tenant-1";

    public OutboxHarness(ProactiveOptions? options = null)
    {
        Connector = new RecordingConnector(Time);
        Outbox = new ProactiveOutbox(Connector, Time, Options.Create(options ?? new ProactiveOptions()), NullLogger<ProactiveOutbox>.Instance);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));

    public DateTimeOffset Start { get; } = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    public RecordingConnector Connector { get; }

    public ProactiveOutbox Outbox { get; }

    public static OutboxRequest Message(string conversationId, string text = "rappel", string tenant = Tenant)
        => OutboxRequest.Send(ServiceUrl, conversationId, tenant, new Activity { Type = ActivityTypes.Message, Text = text });

    /// <summary>
    /// Runs ticks, moving the clock straight to the next one worth running, until every request has ended.
    /// </summary>
    public async Task<OutboxResult[]> DrainAsync(IReadOnlyList<Task<OutboxResult>> requests, CancellationToken cancellationToken)
    {
        for (var ticks = 0; !requests.All(r => r.IsCompleted); ticks++)
        {
            Assert.True(ticks < 1_000_000, "The outbox never finished.");
            await Task.WhenAll(Outbox.RunDue(cancellationToken));
            if (requests.All(r => r.IsCompleted))
            {
                break;
            }

            var next = Outbox.NextDueAt;
            Assert.True(next is not null, "Requests wait but the outbox has nothing due.");
            if (next > Time.GetUtcNow())
            {
                Time.SetUtcNow(next.Value);
            }
        }

        return await Task.WhenAll(requests);
    }

    /// <summary>Fails when any span of a limit's window, starting at a send, holds more sends than the limit.</summary>
    public static void AssertWithinLimits(IReadOnlyList<DateTimeOffset> sends, IReadOnlyList<RateLimit> limits, string what)
    {
        var times = sends.Order().ToList();
        foreach (var limit in limits)
        {
            for (int first = 0, last = 0; first < times.Count; first++)
            {
                while (last < times.Count && times[last] < times[first] + limit.Window)
                {
                    last++;
                }

                Assert.True(last - first <= limit.Count, $"{what}: {last - first} sends within {limit.Window} from {times[first]:O}; the limit is {limit.Count}.");
            }
        }
    }
}
