using System.Diagnostics;
using System.Globalization;

namespace TicBot.Benchmarks;

/// <summary>CPU time of this process and of its child processes (Azurite's node), read from /proc on Linux.</summary>
internal static class ProcessCpu
{
    public static TimeSpan Self()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    /// <summary>User + system time of the direct children still running; zero where /proc is not there.</summary>
    public static TimeSpan Children()
    {
        if (!Directory.Exists("/proc"))
        {
            return TimeSpan.Zero;
        }

        long ticks = 0;
        var me = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                // Fields after the command name (which may hold spaces) start after the last ')'.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (fields[1] == me)
                {
                    ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
            {
                // A process that ended meanwhile, or not a process folder.
            }
        }

        // /proc counts in clock ticks, 100 per second on Linux.
        return TimeSpan.FromSeconds(ticks / 100.0);
    }
}
