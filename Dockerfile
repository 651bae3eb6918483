# syntax=docker/dockerfile:1
# TicBot in a container: built with the .NET SDK, run on the chiseled ASP.NET Core runtime image only (no shell, no
# package manager, no ICU, no time-zone database, a non-root user). The bot needs neither ICU nor tzdata: numbers and
# dates come from its own formatter and the collectivités' time zones are built in (README, "Deploying").
# No Docker engine runs where the tests run: tests/TicBot.Bot.Tests/Hosting/PublishedBotTests publishes the bot with
# this file's publish command and starts it with this file's runtime environment.
#
#   docker build -t ticbot .
#   docker run -p 8080:8080 -e MicrosoftAppType=... -e MicrosoftAppId=... -e Storage__Provider=Blob ... ticbot

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet publish bot/TicBot.Bot.csproj -c Release -o /app/publish -p:UseAppHost=false
RUN mkdir -p /app/data

FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled AS runtime
WORKDIR /app
COPY --from=build /app/publish .
# The file store's folder, writable by the app user; in Azure the state goes to Blob storage (Storage__Provider=Blob).
COPY --from=build --chown=1654:1654 /app/data /data
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=true \
    Storage__File__Path=/data
# 1654 is the chiseled image's "app" user.
USER 1654
EXPOSE 8080
VOLUME /data
# No HEALTHCHECK (there is no shell or curl in the image): probe GET /healthz (alive) and GET /readyz (storage answers).
ENTRYPOINT ["dotnet", "TicBot.Bot.dll"]
