/**
 * Status badges drawn by the engine: {@link io.jenkins.plugins.perftracker.core.badge.Badge} values,
 * Buildtime Trend's build-time badges and performance badges, an SVG renderer with shields.io's geometry
 * and real font metrics, shields.io endpoint JSON, content-derived ETags and request-parameter parsing.
 * No network: controllers without internet still serve badges.
 */
package io.jenkins.plugins.perftracker.core.badge;
