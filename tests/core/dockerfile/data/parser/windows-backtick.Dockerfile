# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS base
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
RUN Write-Host hello; `
    Write-Host world
COPY C:\src\app C:\app\
ENV P=C:\path\to Q=`$literal
WORKDIR C:\app
ONBUILD RUN dir
