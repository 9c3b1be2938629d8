package org.brtimeline.base.api;

/** The JSON body of every API error: what is wrong, and with which parameter when one is to blame. */
public record ApiError(int status, String error, String parameter, String message) {}
