using TicBot.Package;

return PackageCommand.Run(args, Environment.GetEnvironmentVariables(), Console.Out, Console.Error);
