# syntax=docker/dockerfile:1
# The gateway (WebSocket /clinical-assistance, HTTP API, health). Build from the repository root:
#   docker build -f deploy/docker/gateway.Dockerfile -t orleans-clinical/gateway:1.0.0 .
# gateway.Dockerfile.dockerignore beside this file keeps the build context small (BuildKit reads it).
# No secret enters the image: Storage__ConnectionString and Auth__SigningKey come from the environment at
# run time (compose.yaml, or the Kubernetes Secret).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
WORKDIR /src

# Restore from the central package files and the project files alone, so this layer is reused until a
# package version or a project reference changes.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY grains.interfaces/Orleans.Clinical.Grains.Interfaces.csproj grains.interfaces/
COPY gateway/Orleans.Clinical.Gateway.csproj gateway/
RUN dotnet restore gateway/Orleans.Clinical.Gateway.csproj

COPY grains.interfaces/ grains.interfaces/
COPY gateway/ gateway/
RUN dotnet publish gateway/Orleans.Clinical.Gateway.csproj -c Release --no-restore -o /app -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
COPY --from=build /app ./
EXPOSE 8080
# appsettings.json binds 127.0.0.1:5080 for local runs; an unprefixed variable overrides it, and in a
# container the gateway must listen on all interfaces.
ENV URLS=http://+:8080 \
    Orleans__Profile=Cluster \
    Auth__DevTokens=false
# The image's non-root user (uid 1654).
USER $APP_UID
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /healthz HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "Orleans.Clinical.Gateway.dll"]
