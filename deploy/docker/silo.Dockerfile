# syntax=docker/dockerfile:1
# The Orleans silo (session grains and the analysis). Build from the repository root:
#   docker build -f deploy/docker/silo.Dockerfile -t orleans-clinical/silo:1.0.0 .
# silo.Dockerfile.dockerignore beside this file keeps the build context small (BuildKit reads it).
# No secret enters the image: Storage__ConnectionString and Privacy__PseudonymKey come from the
# environment at run time (compose.yaml, or the Kubernetes Secret).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
WORKDIR /src

# Restore from the central package files and the project files alone, so this layer is reused until a
# package version or a project reference changes.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY grains.interfaces/Orleans.Clinical.Grains.Interfaces.csproj grains.interfaces/
COPY grains/Orleans.Clinical.Grains.csproj grains/
COPY grains/Analysis/Orleans.Clinical.Analysis.csproj grains/Analysis/
COPY grains/Analysis.Language/Orleans.Clinical.Analysis.Language.csproj grains/Analysis.Language/
COPY grains/Analysis.Deidentification/Orleans.Clinical.Analysis.Deidentification.csproj grains/Analysis.Deidentification/
COPY grains/Analysis.Entities/Orleans.Clinical.Analysis.Entities.csproj grains/Analysis.Entities/
COPY grains/Analysis.Evidence/Orleans.Clinical.Analysis.Evidence.csproj grains/Analysis.Evidence/
COPY grains/Analysis.Reasoning/Orleans.Clinical.Analysis.Reasoning.csproj grains/Analysis.Reasoning/
COPY silo/Orleans.Clinical.Silo.csproj silo/
RUN dotnet restore silo/Orleans.Clinical.Silo.csproj

COPY grains.interfaces/ grains.interfaces/
COPY grains/ grains/
COPY silo/ silo/
RUN dotnet publish silo/Orleans.Clinical.Silo.csproj -c Release --no-restore -o /app -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/runtime:10.0 AS final
WORKDIR /app
COPY --from=build /app ./
# Silo-to-silo port and the gateway port that Orleans clients (the gateway) connect to.
EXPOSE 11111 30000
ENV Orleans__Profile=Cluster \
    Orleans__SiloPort=11111 \
    Orleans__GatewayPort=30000
# The image's non-root user (uid 1654).
USER $APP_UID
# The silo has no HTTP endpoint: healthy while it accepts connections on its silo port.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/11111"]
ENTRYPOINT ["dotnet", "Orleans.Clinical.Silo.dll"]
